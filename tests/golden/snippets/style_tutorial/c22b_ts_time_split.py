import torch

torch.manual_seed(5)
n = 20
series = torch.randn(n).cumsum(0)
train_end = int(n * 0.7)
val_end = int(n * 0.85)
train, val, test = series[:train_end], series[train_end:val_end], series[val_end:]
print(len(train), len(val), len(test))
mu, sd = train.mean(), train.std()
scaled = [(s - mu) / sd for s in (train, val, test)]
print(f"{scaled[0].mean().item():.6f} {scaled[0].std().item():.4f}")
print(scaled[2])
