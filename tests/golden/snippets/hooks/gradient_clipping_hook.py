import torch

w = torch.tensor([1., -1., 3.], requires_grad=True)
w.register_hook(lambda g: g.clamp(-1, 1))
loss = (w * torch.tensor([5., -0.5, -9.])).sum()
loss.backward()
print(w.grad)
