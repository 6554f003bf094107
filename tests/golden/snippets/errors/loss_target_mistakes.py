# Common target mistakes with the losses: a Python list, float class indices, a 1-D sample.
import torch
import torch.nn.functional as F

scores = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
one_sample = torch.tensor([0.2, 0.5])
attempts = [
    (F.cross_entropy, scores, [0, 2]),
    (F.nll_loss, scores.log_softmax(1), [0, 2]),
    (F.mse_loss, scores, [0.0, 1.0]),
    (F.binary_cross_entropy, scores.sigmoid(), [1.0, 0.0]),
    (F.cross_entropy, [[2.0, 0.5]], torch.tensor([0])),
    (F.cross_entropy, one_sample, torch.tensor([1.0, 0.0, 1.0])),
    (F.cross_entropy, one_sample, torch.tensor([1, 0, 1])),
    (F.nll_loss, one_sample, torch.tensor(1.0)),
    (F.cross_entropy, scores, torch.tensor([0.0, 2.0])),
    (F.cross_entropy, scores, torch.tensor([0, 2])),
]
for fn, x, t in attempts:
    try:
        print(fn.__name__, fn(x, t))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
