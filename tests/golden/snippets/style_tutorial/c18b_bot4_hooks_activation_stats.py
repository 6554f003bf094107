"""Using forward hooks to print activation statistics of each layer."""
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))


def report(name: str):
    def hook(module: nn.Module, inputs, output: torch.Tensor) -> None:
        dead = (output == 0).float().mean().item()
        print(f"{name:<3} {type(module).__name__:<7} mean={output.mean().item():+.4f} "
              f"std={output.std().item():.4f} zeros={dead:.0%}")
    return hook


handles = [m.register_forward_hook(report(str(i))) for i, m in enumerate(net)]
net(torch.randn(16, 4))
for h in handles:
    h.remove()
net(torch.randn(2, 4))
print("hooks removed")
