# Q: "Expected more than 1 value per channel when training" when predicting one sample: use model.eval().
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(1, 4)
try:
    model(x)
except ValueError as e:
    print("ValueError:", e)
model(torch.randn(16, 4))
model.eval()
with torch.no_grad():
    out = model(x)
print(out.shape, model.training, model[1].training)
print(model[1].running_mean[:3], model[1].num_batches_tracked)
model.train()
print(model[1].training)
print(nn.BatchNorm1d(8, track_running_stats=False))
try:
    nn.BatchNorm1d(8)(torch.randn(4, 6))
except RuntimeError as e:
    print("RuntimeError:", e)
