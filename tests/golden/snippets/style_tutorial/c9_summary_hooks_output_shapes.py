# A torchsummary-like table built with forward hooks: layer, output shape and parameter count.
import torch
import torch.nn as nn

def summary(model, input_size):
    rows, hooks = [], []

    def register(module):
        def hook(mod, inp, out):
            name = f"{mod.__class__.__name__}-{len(rows) + 1}"
            params = sum(p.numel() for p in mod.parameters(recurse=False))
            rows.append((name, list(out.shape), params))
        if not isinstance(module, (nn.Sequential, nn.ModuleList)) and module is not model:
            hooks.append(module.register_forward_hook(hook))

    model.apply(register)
    with torch.no_grad():
        model(torch.zeros(2, *input_size))
    for h in hooks:
        h.remove()
    print(f"{'Layer (type)':>20} {'Output Shape':>22} {'Param #':>10}")
    for name, shape, params in rows:
        print(f"{name:>20} {str([-1] + shape[1:]):>22} {params:>10,}")
    total = sum(p.numel() for p in model.parameters())
    print(f"Total params: {total:,}")
    print(f"Trainable params: {sum(p.numel() for p in model.parameters() if p.requires_grad):,}")

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                      nn.Conv2d(8, 16, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Dropout(0.5), nn.Linear(64, 10))

    def forward(self, x):
        return self.classifier(self.features(x))

summary(Net(), (1, 28, 28))
