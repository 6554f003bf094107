# Quiz B30: buffers are saved but not trained
import torch
import torch.nn as nn


class CallCounter(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.register_buffer("calls", torch.tensor(0))
        self.register_buffer("tmp", torch.zeros(1), persistent=False)

    def forward(self, x):
        self.calls += 1
        return x * self.scale


mod = CallCounter()
mod(torch.ones(2))
mod(torch.ones(2))
print([key for key, _ in mod.named_parameters()], [key for key, _ in mod.named_buffers()])
print(mod.state_dict())
print(mod.calls.requires_grad)
