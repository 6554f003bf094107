# model.eval() vs torch.no_grad(): one switches Dropout/BatchNorm behaviour, the other stops graph building.
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(4, 6), nn.Dropout(p=0.5), nn.ReLU(), nn.BatchNorm1d(6), nn.Linear(6, 2))
x = torch.randn(5, 4)

print([m.training for m in model])
out_train1 = model(x)
out_train2 = model(x)
print(torch.equal(out_train1, out_train2), out_train1.requires_grad)

model.eval()
print([m.training for m in model])
out_eval1 = model(x)
out_eval2 = model(x)
print(torch.equal(out_eval1, out_eval2), out_eval1.requires_grad, out_eval1.grad_fn is not None)

with torch.no_grad():
    out_ng = model(x)
print(out_ng.requires_grad, out_ng.grad_fn, torch.equal(out_ng, out_eval1))

model.train()
with torch.no_grad():
    a = model[1](torch.ones(2, 6))
print(a)
print(model[3].num_batches_tracked)
model.train(False)
print(model.training, model[1].training)
with torch.inference_mode():
    y = model(x)
print(y.is_inference(), y.requires_grad)
