import torch

costs = torch.tensor([0.3, 0.1, 0.5, 0.2])
logits = torch.zeros(4, requires_grad=True)
w = torch.full((4,), 0.25)
eta = 1.0
for it in range(5):
    w = w * torch.exp(-eta * costs)
    w = w / w.sum()
    print(it, w.numpy().round(4), f"{(w * costs).sum().item():.4f}")
p = torch.softmax(logits, 0)
(p * costs).sum().backward()
print(logits.grad)
