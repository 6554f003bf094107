# Gradients pile up across episodes when zero_grad is forgotten
import torch

w_pi = torch.tensor([0.5, -0.5], requires_grad=True)
for episode in range(1, 4):
    loss = (w_pi * torch.tensor([1.0, 2.0])).sum() * episode
    loss.backward()
    print(episode, w_pi.grad)
w_pi.grad.zero_()
print(w_pi.grad)
w_pi.grad = None
print(w_pi.grad)
