# Quiz 10: write down the shape after each operation, then check
import torch

x = torch.zeros(4, 1, 3)
ops = {
    "x.squeeze()": x.squeeze(), "x.unsqueeze(0)": x.unsqueeze(0), "x.transpose(0, 2)": x.transpose(0, 2),
    "x.sum(1)": x.sum(1), "x.mean((0, 2))": x.mean((0, 2)), "x @ torch.zeros(3, 5)": x @ torch.zeros(3, 5),
    "x.expand(4, 6, 3)": x.expand(4, 6, 3), "x.flatten(1)": x.flatten(1), "x[..., None]": x[..., None],
    "x.view(-1, 2)": x.view(-1, 2), "torch.cat([x, x], 1)": torch.cat([x, x], 1),
}
for name, value in ops.items():
    print(f"{name:24s} {tuple(value.shape)}")
