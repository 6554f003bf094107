# cross_entropy / nll_loss on (N, C, d) or (N, C, d1, d2, d3) input check the target's size first.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for shape, tshape in [((2, 5, 3), (2, 5)), ((2, 5, 3), (2, 3)), ((2, 4, 2, 2, 2), (2, 2, 2, 3)), ((2, 4, 2, 2), (2, 2, 3))]:
    x = torch.randn(*shape)
    t = torch.randint(0, shape[1], tshape)
    for f in (F.cross_entropy, lambda a, b: F.nll_loss(F.log_softmax(a, 1), b)):
        try:
            print(f(x, t))
        except RuntimeError as e:
            print("RuntimeError:", e)
