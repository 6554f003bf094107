# Expectation-maximisation for two biased coins from sets of ten tosses.
import torch

heads = torch.tensor([5.0, 9.0, 8.0, 4.0, 7.0])
n = 10.0
theta = torch.tensor([0.6, 0.5])
for it in range(6):
    like = theta[None, :] ** heads[:, None] * (1 - theta[None, :]) ** (n - heads[:, None])
    resp = like / like.sum(1, keepdim=True)
    h = (resp * heads[:, None]).sum(0)
    t = (resp * (n - heads[:, None])).sum(0)
    theta = h / (h + t)
    print(it, theta)
print(resp)
