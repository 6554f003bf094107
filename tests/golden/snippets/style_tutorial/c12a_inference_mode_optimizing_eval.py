# "Optimizing models" style page: evaluation under no_grad vs inference_mode and what each produces.
import torch
import torch.nn as nn

torch.manual_seed(11)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(5, 4)
model.eval()
with torch.no_grad():
    a = model(x)
print(a.requires_grad, a.grad_fn, a.is_inference())
with torch.inference_mode():
    b = model(x)
print(b.requires_grad, b.is_inference(), torch.is_inference_mode_enabled())
print(torch.equal(a, b))
print(torch.is_inference_mode_enabled())
try:
    loss = (b * model[0].weight.sum()).sum()
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
c = b.clone()
print(c.is_inference())
with torch.inference_mode(mode=False):
    d = model(x)
print(d.requires_grad)

@torch.inference_mode()
def predict(inp):
    return model(inp).argmax(dim=1)

print(predict(x))
print(a.argmax(1).tolist())
