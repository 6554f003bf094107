# Tiling images into a grid with cat / stack / reshape, like make_grid.
import torch

imgs = torch.arange(4 * 2 * 2, dtype=torch.float32).reshape(4, 1, 2, 2)
row1 = torch.cat([imgs[0], imgs[1]], dim=2)
row2 = torch.cat([imgs[2], imgs[3]], dim=2)
grid = torch.cat([row1, row2], dim=1)
print(grid)
g2 = imgs.view(2, 2, 1, 2, 2).permute(2, 0, 3, 1, 4).reshape(1, 4, 4)
print(torch.equal(grid, g2))
print(torch.stack(list(imgs), dim=0).shape, torch.stack(list(imgs), dim=1).shape)
try:
    torch.cat([imgs[0], imgs[1][:, :1]], dim=1).shape
    torch.cat([imgs[0], imgs[1][:, :1]], dim=2)
except RuntimeError as e:
    print("RuntimeError:", e)
