# Section 6.4: softmax is shift invariant; a naive one is not safe
import torch

z = torch.tensor([10.0, 100.0, 1000.0])
naive = torch.exp(z) / torch.exp(z).sum()
print(naive)
print(torch.softmax(z, 0))
print(torch.softmax(z - 1000, 0))
print(torch.log_softmax(torch.tensor([0.0, -200.0]), 0))
