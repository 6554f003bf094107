# LSUV init (fastai course): rescale each layer until its output has mean ~0 and std ~1, measured with a hook.
import torch
from torch import nn

class Stats:
    def __init__(self, mod):
        self.hook = mod.register_forward_hook(self.hookfunc)
    def hookfunc(self, mod, inp, out):
        self.mean, self.std = out.mean().item(), out.std().item()
    def remove(self):
        self.hook.remove()

torch.manual_seed(7)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 4))
xb = torch.randn(128, 16) * 3 + 1
linears = [m for m in model if isinstance(m, nn.Linear)]
for lin in linears:
    st = Stats(lin)
    with torch.no_grad():
        model(xb)
        print(f"before {st.mean:.4f} {st.std:.4f}")
        i = 0
        while model(xb) is not None and abs(st.std - 1) > 1e-3 and i < 20:
            lin.weight.data /= st.std
            i += 1
        i = 0
        while model(xb) is not None and abs(st.mean) > 1e-3 and i < 20:
            lin.bias.data -= st.mean
            i += 1
    print(f"after  {st.mean:.4f} {st.std:.4f}")
    st.remove()
print(len(model[0]._forward_hooks), model[4].bias.shape)
with torch.no_grad():
    out = model(xb)
print(round(out.mean().item(), 3), round(out.std().item(), 3))
