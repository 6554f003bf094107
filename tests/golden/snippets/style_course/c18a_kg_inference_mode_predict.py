# Predicting on the "test set" under inference_mode and collecting batches
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Sequential(nn.Linear(5, 10), nn.ReLU(), nn.Linear(10, 3))
test_X = torch.randn(10, 5)
model.eval()
preds = []
with torch.inference_mode():
    for batch in test_X.split(4):
        preds.append(model(batch).softmax(dim=1))
preds = torch.cat(preds)
print(preds.shape, preds.is_inference())
print(preds.argmax(1))
try:
    preds.requires_grad_()
except RuntimeError as e:
    print(e)
