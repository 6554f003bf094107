# Init by layer type with isinstance: which layers each check really catches
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv1d(1, 2, 3), nn.ELU(), nn.MaxPool1d(2), nn.Conv2d(2, 2, 3), nn.CELU(), nn.MaxPool2d(2),
    nn.ConvTranspose2d(2, 2, 3), nn.ZeroPad2d(1), nn.Softmin(dim=1), nn.AvgPool1d(2), nn.Hardshrink(),
)
for kind in (nn.Conv2d, nn.Conv1d, nn.ConvTranspose2d, nn.ELU, nn.MaxPool2d, nn.AvgPool2d, nn.ConstantPad2d,
             nn.Softmax, nn.Softshrink):
    hits = [type(m).__name__ for m in model if isinstance(m, kind)]
    print(f"{kind.__name__:<16} {hits}")

def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.constant_(m.weight, 0.5)

torch.manual_seed(0)
model.apply(init_weights)
print(model[0].weight.flatten()[:3].ne(0.5).all().item(), model[3].weight.eq(0.5).all().item(),
      model[6].weight.eq(0.5).any().item())
