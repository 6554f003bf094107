# Section 4.7: heavy-ball momentum on an ill-conditioned quadratic
import torch

scales = torch.tensor([1.0, 50.0], dtype=torch.float64)
for momentum in (0.0, 0.9):
    x = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([x], lr=0.015, momentum=momentum)
    for step in range(100):
        opt.zero_grad()
        loss = 0.5 * (scales * x * x).sum()
        loss.backward()
        opt.step()
    print(momentum, f"{loss.item():.3e}")
