# Quiz: after backward, what is loss.grad and what is h.grad?
import torch

params = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
h = params.exp()
loss = h.mean()
loss.backward()
print(loss.grad)
print(h.grad)
print(params.grad.round(decimals=4))
