"""Inspecting what a model stores in its state_dict."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2), nn.ReLU())

print(f"{'key':<22}{'shape':<18}{'dtype'}")
for key, value in model.state_dict().items():
    print(f"{key:<22}{str(tuple(value.shape)):<18}{value.dtype}")
print(model[1].num_batches_tracked)
