# Putting the normalisation inside the model so the attack works in [0, 1] pixel space
import torch
import torch.nn as nn

class Normalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean).view(1, -1, 1, 1))
        self.register_buffer("std", torch.tensor(std).view(1, -1, 1, 1))
    def forward(self, x):
        return (x - self.mean) / self.std

norm = Normalize([0.5, 0.4], [0.25, 0.2])
x = torch.full((1, 2, 2, 2), 0.5, requires_grad=True)
out = norm(x)
out.sum().backward()
print(out[0, :, 0, 0], x.grad[0, :, 0, 0])
print(list(dict(norm.named_buffers()).keys()), list(norm.parameters()))
print(norm.state_dict()["std"].shape)
