# Q: the full second-backward message.
import torch

w = torch.tensor([0.3, 0.7], requires_grad=True)
loss = (w.exp() * w).sum()
loss.backward()
print(w.grad)
loss.backward()
