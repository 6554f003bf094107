import torch

prices = torch.tensor([100.0, 101.5, 99.8, 102.3, 104.0, 103.1, 105.6], dtype=torch.float64)
r = torch.log(prices[1:] / prices[:-1])
print(r.numpy().round(6))
mu, sd = r.mean(), r.std()
print(f"{mu.item():.6f} {sd.item():.6f} {(mu / sd * 252 ** 0.5).item():.4f}")
skew = ((r - mu) ** 3).mean() / r.std(correction=0) ** 3
print(f"{skew.item():.5f}")
print(torch.exp(r.cumsum(0)) * prices[0])
