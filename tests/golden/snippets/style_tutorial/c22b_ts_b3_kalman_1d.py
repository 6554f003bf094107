import torch

torch.manual_seed(47)
truth = torch.cumsum(torch.randn(10) * 0.1, 0)
obs = truth + torch.randn(10) * 0.5
x, P = torch.tensor(0.0), torch.tensor(1.0)
Q, R = 0.01, 0.25
est = []
for z in obs:
    P = P + Q
    K = P / (P + R)
    x = x + K * (z - x)
    P = (1 - K) * P
    est.append(x)
est = torch.stack(est)
print(est.round(decimals=3))
print(f"{(est - truth).pow(2).mean().item():.5f} {(obs - truth).pow(2).mean().item():.5f}")
