# Layers kept in a plain list: model.double() and state_dict() both miss them
import torch
import torch.nn as nn

class Stack(nn.Module):
    def __init__(self, use_module_list):
        super().__init__()
        blocks = [nn.Linear(2, 2) for _ in range(2)]
        self.blocks = nn.ModuleList(blocks) if use_module_list else blocks
    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x

for flag in (False, True):
    torch.manual_seed(0)
    net = Stack(flag).double()
    print(flag, len(net.state_dict()), net.blocks[0].weight.dtype)
    try:
        print(net(torch.ones(1, 2, dtype=torch.float64)).dtype)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(Stack(False))
