import torch

prices = torch.tensor([100.0, 110.0, 105.0, 120.0, 90.0, 95.0, 130.0])
peak = torch.cummax(prices, 0).values
dd = (prices - peak) / peak
print(peak)
print(dd.round(decimals=4))
print(f"max drawdown {dd.min().item():.4f} at {dd.argmin().item()}")
ret = prices.log().diff()
print(f"vol {ret.std().item():.5f}")
