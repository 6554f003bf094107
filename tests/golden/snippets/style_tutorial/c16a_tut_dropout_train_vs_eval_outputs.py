# The same input through a Dropout model in train and eval mode
import torch
from torch import nn

torch.manual_seed(1624)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(6, 1))
x = torch.ones(3, 4)
print(model.training)
out_train_1 = model(x)
out_train_2 = model(x)
model.eval()
out_eval_1 = model(x)
out_eval_2 = model(x)
print(out_train_1.flatten(), out_train_2.flatten())
print(out_eval_1.flatten(), torch.equal(out_eval_1, out_eval_2))
print(model[2].training, model[2])
