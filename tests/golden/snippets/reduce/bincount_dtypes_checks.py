# bincount: float/bool inputs, bad shapes and weights, empty inputs, and the dtype of weighted counts (float32 summed in float32).
import torch
g = torch.Generator().manual_seed(0)
for e in ['torch.bincount(torch.tensor([1.0]))','torch.bincount(torch.tensor([True,False]))','torch.bincount(torch.tensor([[1,2]]))','torch.bincount(torch.tensor([1,2],dtype=torch.uint8))',
 'torch.bincount(torch.tensor([1.0, -1.0]))','torch.bincount(torch.tensor([1,2]), weights=torch.tensor([1.,2.,3.]))','torch.bincount(torch.tensor([1,2]), minlength=-1)',
 'torch.bincount(torch.tensor([1,2],dtype=torch.int8), weights=torch.tensor([1,2]))','torch.bincount(torch.tensor([], dtype=torch.long))', 'torch.bincount(torch.tensor(3))',
 'torch.bincount(torch.tensor([1,2]), weights=torch.tensor([1.,2.]).half())', 'torch.bincount(torch.tensor([1,2]), weights=torch.tensor([True, False]))',
 'torch.bincount(torch.tensor([-1, 2]))', 'torch.bincount(torch.tensor([], dtype=torch.long), weights=torch.tensor([]), minlength=3)',
 'torch.bincount(torch.tensor([1, 1, 3]), weights=torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64), minlength=6)',
 'torch.bincount(torch.randint(0, 3, (5000,), generator=g), weights=torch.rand(5000, generator=g)).tolist()',
 'torch.bincount(torch.randint(0, 3, (5000,), generator=g), weights=torch.rand(5000, generator=g).double()).tolist()']:
    try:
        print(e, eval(e))
    except RuntimeError as x:
        print(e, type(x).__name__, x)
