# Softmax over logits, then argmax for the predicted class.
import torch
from torch import nn

torch.manual_seed(14)
model = nn.Sequential(nn.Flatten(), nn.Linear(9, 5), nn.ReLU(), nn.Linear(5, 4))
X = torch.rand(1, 3, 3)
logits = model(X)
pred_probab = nn.Softmax(dim=1)(logits)
y_pred = pred_probab.argmax(1)
print(f"Predicted class: {y_pred}")
print(pred_probab)
print(logits.grad_fn, pred_probab.grad_fn)
