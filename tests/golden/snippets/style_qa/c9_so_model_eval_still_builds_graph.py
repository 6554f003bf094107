# Q: does model.eval() turn off gradients? No: eval changes Dropout/BatchNorm; no_grad/inference_mode stop the graph.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5), nn.Linear(4, 1))
x = torch.randn(6, 4)
model.eval()
out = model(x)
print(out.requires_grad, out.grad_fn is not None)
print(model.training, [m.training for m in model])
with torch.no_grad():
    out2 = model(x)
print(out2.requires_grad, out2.grad_fn)
with torch.inference_mode():
    out3 = model(x)
print(out3.requires_grad, out3.is_inference())
print(torch.equal(out.detach(), out2), torch.equal(out2, out3))
model.train()
out4 = model(x)
print(torch.equal(out4, out2))
print(model[1].running_mean)
model[1].eval()
print(model[1].training, model[2].training)
print(model.train(False) is model, model.training)
