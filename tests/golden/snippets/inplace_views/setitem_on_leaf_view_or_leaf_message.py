# x[key] = v on a leaf: the basic part of the key (ints, None, partial slices) writes through a view;
# masks, index lists and whole-dim slices write into the leaf itself. Each message names which.
import torch
x=torch.zeros(3,4,requires_grad=True)
for k in ['x[x>0]','x[[0,1]]','x[0]','x[0,[1,2]]','x[:, [1,2]]','x[..., [1,2]]','x[None, [0]]','x[1:, [1]]','x[torch.tensor(1)]','x[torch.tensor([True,False,True])]','x[0:3, [1]]','x[::1, [1]]', 'x[:, 1]','x[:]','x[...]','x[0:10]','x[-3:]','x[:, 0:4]','x[:, :10, ]','x[torch.tensor(True)]','x[:, torch.tensor(1)]','x[[True,False,True]]', 'x[0:3:1]', 'x[:,:][[0]]', 'x[..., 1:]', 'x[[0, 1], ...]']:
    try:
        exec(k+' = 1.0')
    except RuntimeError as e: print(k, str(e)[:20])
