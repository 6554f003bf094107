# Module forward hooks to print activation shapes, and removing them with the handle.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
activations = {}
def save(name):
    def hook(module, inp, out):
        activations[name] = out.detach()
        print(f'{name}: {type(module).__name__} in={tuple(inp[0].shape)} out={tuple(out.shape)}')
    return hook
handles = [m.register_forward_hook(save(n)) for n, m in model.named_children()]
y = model(torch.randn(2, 4))
print(sorted(activations), (activations['1'] >= 0).all())
for h in handles:
    h.remove()
model(torch.randn(2, 4))
print('removed')
def pre(module, args):
    print('pre', args[0].shape)
    return (args[0] * 0,)
model[0].register_forward_pre_hook(pre)
print(model(torch.ones(1, 4)).shape, model[0](torch.ones(1, 4)).equal(model[0].bias.unsqueeze(0)))
