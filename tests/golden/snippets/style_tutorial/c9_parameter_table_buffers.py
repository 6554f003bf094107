# A parameter table for a small CNN: names, shapes, counts, trainable flags, buffers and memory.
import torch
import torch.nn as nn

class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(4, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.head = nn.Linear(8, 10)

    def forward(self, x):
        return self.head(self.body(x).flatten(1))

model = SmallCNN()
model.body[0].requires_grad_(False)
print(f"{'name':22s} {'shape':18s} {'numel':>6s} train")
for name, p in model.named_parameters():
    print(f"{name:22s} {str(tuple(p.shape)):18s} {p.numel():6d} {p.requires_grad}")
print("buffers:")
for name, b in model.named_buffers():
    print(f"  {name:28s} {tuple(b.shape)} {b.dtype}")
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable, total - trainable)
size_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
size_bytes += sum(b.numel() * b.element_size() for b in model.buffers())
print(f"{size_bytes / 1024:.2f} KiB")
print(model(torch.randn(2, 1, 8, 8)).shape)
print([name for name, _ in model.named_modules()][:5])
print(model.get_submodule("body.4"), model.get_parameter("head.bias").shape)
