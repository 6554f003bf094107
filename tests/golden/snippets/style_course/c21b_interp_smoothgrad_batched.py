# SmoothGrad vectorised: make one batch of noisy inputs and one backward call
import torch
import torch.nn.functional as F

torch.manual_seed(5)
W1 = torch.randn(10, 5) * 0.5
W2 = torch.randn(3, 10) * 0.5
def classify(inp):
    return F.linear(F.relu(F.linear(inp, W1)), W2)

x = torch.randn(5)
noise = torch.randn(32, 5) * 0.1
batch = (x + noise).requires_grad_()
scores = classify(batch)
scores[:, 0].sum().backward()
sg = batch.grad.mean(0)
print(sg)
print("squared variant", (batch.grad ** 2).mean(0))
print(batch.grad.std(0, unbiased=True))
