# Lecture: forward pre-hooks (change the input) and forward hooks (record activations).
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3))
stats = {}

def scale_input(module, args):
    (x,) = args
    print("pre-hook on", type(module).__name__, "input mean", round(x.mean().item(), 4))
    return (x * 0.5,)

def record(name):
    def hook(module, inputs, output):
        stats[name] = (output.mean().item(), output.std().item(), tuple(output.shape))
    return hook

pre = model[0].register_forward_pre_hook(scale_input)
for name, m in model.named_children():
    m.register_forward_hook(record(name))
x = torch.randn(6, 4)
out = model(x)
for k, (mu, sd, shape) in stats.items():
    print(k, f"mean={mu:.4f} std={sd:.4f}", shape)
pre.remove()
out2 = model(x)
print(torch.allclose(out, out2), out.shape)
print(torch.allclose(out, model[2](model[1](model[0](x * 0.5)))))
