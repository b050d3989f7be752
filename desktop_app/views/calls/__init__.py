"""The call panel and handing a number to the phone."""
