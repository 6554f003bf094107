# Lookahead: slow weights pulled toward fast weights every k steps
import torch
torch.manual_seed(71)
w = torch.nn.Parameter(torch.tensor([2.0, -1.0]))
inner = torch.optim.Adam([w], lr=0.1)
slow = w.detach().clone()
k, alpha = 3, 0.5
for step in range(1, 7):
    inner.zero_grad()
    ((w - torch.tensor([0.5, 0.5])) ** 2).sum().backward()
    inner.step()
    if step % k == 0:
        slow += alpha * (w.detach() - slow)
        w.data.copy_(slow)
        print(step, slow)
print(inner.state[w]["step"])
