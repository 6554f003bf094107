# Q: predicting without tracking gradients
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.Linear(2, 1))
model.eval()
with torch.no_grad():
    pred = model(torch.ones(3, 2))
print(pred.shape, pred.requires_grad, pred.grad_fn)
print(model.training, model[1].training)
model.train()
print(model[1].training)
