# A short list holding a sequence, tensor, slice, None or Ellipsis indexes as a tuple (with PyTorch's deprecation
# warning); index tensors that do not broadcast are refused before their bounds are checked.
import torch, warnings
x = torch.arange(12).view(3, 4)
for k in ([[0, 2]], [slice(0, 2)], [0, None], [0, ...], [torch.tensor([0, 1])], [[0, 1], [1, 2]], [(0, 1)], [0, 1], [[True, False, True]]):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(k, x[k], [str(m.message)[-40:] for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    x[[[0, 2]]] = 5
    print(x, [str(m.message)[-40:] for m in w])
y = torch.arange(24).view(2, 3, 4)
for k in [([0, 1], [1, 2, 3]), (torch.tensor([True, False]), [0, 1]), (torch.tensor([True, True]), [0, 1, 2]), ([[0], [1]], [0, 1, 2], [1, 2]), (torch.tensor([[True, False, True], [False, False, True]]), [0, 1])]:
    try: print(y[k].shape)
    except IndexError as e: print(e)
    try:
        y[k] = 0
        print("set ok")
    except IndexError as e: print(e)
