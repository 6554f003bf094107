# Inspecting activations: forward hooks recording mean/std/fraction-zero per layer.
import torch
import torch.nn as nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 20), nn.ReLU(), nn.Linear(20, 1))
stats = {}

def save_stats(name):
    def hook(module, inputs, output):
        stats[name] = (output.mean().item(), output.std().item(), (output == 0).float().mean().item())
    return hook

for name, m in model.named_modules():
    if isinstance(m, (nn.Linear, nn.ReLU)):
        m.register_forward_hook(save_stats(name))
x = torch.randn(64, 10)
model(x)
for name, (mu, sd, zero) in stats.items():
    print(f"layer {name}: mean {mu:+.4f} std {sd:.4f} zero {zero:.3f}")
pre = []
h = model[2].register_forward_pre_hook(lambda m, inp: pre.append(inp[0].shape))
model(x[:5])
h.remove()
print(pre)
