import torch
import torchvision

torch.manual_seed(0)
model = torchvision.models.resnet18()
model.eval()
x = torch.randn(1, 3, 224, 224)
with torch.no_grad():
    out = model(x)
print(out.shape)
print(out[0, :6])
print(out.argmax(dim=1))
model.train()
y = model(x[:, :, :64, :64])
print(y[0, :3], y.grad_fn)
print(model.bn1.running_mean[:3], model.bn1.num_batches_tracked)
