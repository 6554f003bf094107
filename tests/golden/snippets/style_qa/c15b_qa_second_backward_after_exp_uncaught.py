# Q: my loop calls backward twice on the same loss and crashes. Why?
import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
y = torch.exp(x) * 2
loss = y.sum()
loss.backward()
print(x.grad)
loss.backward()
