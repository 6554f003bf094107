# EMA through the state dict with torch.lerp_, including buffers
import torch
torch.manual_seed(9)
net = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.BatchNorm1d(3))
shadow = {k: v.clone() for k, v in net.state_dict().items()}
opt = torch.optim.Adam(net.parameters(), lr=0.01)
for _ in range(3):
    opt.zero_grad(); net(torch.randn(8, 3)).sum().backward(); opt.step()
    for k, v in net.state_dict().items():
        if v.dtype.is_floating_point:
            shadow[k].lerp_(v, 0.25)
        else:
            shadow[k].copy_(v)
print(list(shadow.keys()))
print(shadow["1.running_mean"])
print(shadow["1.num_batches_tracked"])
