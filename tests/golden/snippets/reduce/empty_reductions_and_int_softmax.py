# Reductions of empty tensors (PyTorch's errors where there is no identity, -inf for logsumexp) and softmax on integer dtypes.
import torch
import torch.nn.functional as F
e = torch.tensor([])
for name, f in [('sum', lambda: e.sum()), ('mean', lambda: e.mean()), ('prod', lambda: e.prod()),
                ('max', lambda: e.max()), ('argmax', lambda: e.argmax()), ('argmin', lambda: e.argmin()), ('min', lambda: torch.min(e)),
                ('amax', lambda: e.amax()), ('amin', lambda: e.amin()), ('aminmax', lambda: torch.aminmax(e)), ('std', lambda: e.std()), ('var', lambda: e.var()), ('norm', lambda: e.norm()),
                ('logsumexp', lambda: torch.logsumexp(e, 0)), ('softmax', lambda: e.softmax(0)),
                ('max dim', lambda: torch.zeros(0, 3).max(dim=0)), ('max dim1', lambda: torch.zeros(0, 3).max(dim=1)),
                ('amax dim0', lambda: torch.zeros(0, 3).amax(dim=0)), ('amax dim1', lambda: torch.zeros(0, 3).amax(dim=1)),
                ('amin dim0', lambda: torch.zeros(0, 3).amin(0)), ('argmax dim0', lambda: torch.zeros(0, 3).argmax(0)),
                ('argmax dim1', lambda: torch.zeros(0, 3).argmax(1)), ('min dim0', lambda: torch.zeros(0, 3).min(0)),
                ('median', lambda: e.median()), ('median dim', lambda: torch.zeros(0, 3).median(0)), ('nanmedian', lambda: e.nanmedian()), ('cumsum', lambda: e.cumsum(0)), ('any', lambda: e.any()),
                ('all', lambda: e.all()), ('kthvalue', lambda: e.kthvalue(1)), ('mode', lambda: e.mode()), ('topk', lambda: e.topk(0)),
                ('sort', lambda: e.sort()), ('cummax', lambda: e.cummax(0)), ('max int', lambda: torch.tensor([], dtype=torch.long).max()),
                ('amax int', lambda: torch.tensor([], dtype=torch.long).amax()), ('amax 0x0', lambda: torch.zeros(0, 0).amax(0)),
                ('logsumexp 2d', lambda: torch.zeros(0, 3).logsumexp(0)), ('quantile', lambda: e.quantile(0.5)), ('nanquantile', lambda: e.nanquantile(0.5)),
                ('std_mean', lambda: torch.std_mean(e)), ('max keepdim', lambda: torch.zeros(2, 0).max(1, keepdim=True)),
                ('prod dim', lambda: torch.zeros(0, 3).prod(0)), ('minimum', lambda: torch.minimum(e, e)), ('max binary', lambda: torch.max(e, e)),
                ('F.softmax int', lambda: F.softmax(torch.tensor([1, 2]), 0)), ('softmax int dtype', lambda: F.softmax(torch.tensor([1, 2]), 0, dtype=torch.float32)),
                ('log_softmax int', lambda: torch.tensor([1, 2]).log_softmax(0)), ('softmax bool', lambda: torch.tensor([True, False]).softmax(0)),
                ('softmax int 2d', lambda: torch.tensor([[1, 2], [3, 4]]).softmax(0)), ('softmax half', lambda: torch.tensor([1., 2.]).half().softmax(0)),
                ('nn.Softmax int', lambda: torch.nn.Softmax(dim=0)(torch.tensor([1, 2]))), ('softmin int', lambda: F.softmin(torch.tensor([1, 2]), 0)),
                ('softmax 0d int', lambda: torch.tensor(3).softmax(0)), ('softmax empty int', lambda: torch.tensor([], dtype=torch.long).softmax(0)),
                ('softmax uint8', lambda: torch.tensor([1, 2], dtype=torch.uint8).softmax(0)), ('special.softmax int', lambda: torch.special.softmax(torch.tensor([1, 2]), 0)),
                ('special.log_softmax int', lambda: torch.special.log_softmax(torch.tensor([1, 2]), 0)), ('cross_entropy int', lambda: F.cross_entropy(torch.tensor([[1, 2]]), torch.tensor([0])))]:
    try:
        print(name, f())
    except (RuntimeError, IndexError) as err:
        print(name, type(err).__name__, err)
