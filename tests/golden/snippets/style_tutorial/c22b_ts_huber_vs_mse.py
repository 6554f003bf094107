import torch
import torch.nn as nn

errors = torch.tensor([0.2, -0.8, 2.5, -6.0], requires_grad=True)
zeros = torch.zeros_like(errors)
criteria = {"L2": nn.MSELoss(), "L1": nn.L1Loss(), "Huber(1.5)": nn.HuberLoss(delta=1.5), "SmoothL1(0.5)": nn.SmoothL1Loss(beta=0.5)}
for label, crit in criteria.items():
    errors.grad = None
    value = crit(errors, zeros)
    value.backward()
    print(f"{label:14s} {value.item():.4f}", errors.grad.numpy().round(4))
print(nn.HuberLoss(reduction="sum")(errors, zeros))
