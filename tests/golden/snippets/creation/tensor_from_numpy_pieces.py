import numpy as np
import torch

# numpy scalars keep their dtype inside a list, and promote with the rest
print(torch.tensor([np.float64(1.), np.float64(2.)]))
print(torch.tensor([np.float32(1.), 2.]), torch.tensor([2., np.float64(1.)]))
print(torch.tensor([np.int32(1), np.int32(2)]), torch.tensor([np.int32(1), 1]))
print(torch.tensor([np.float16(1), np.float16(2)]), torch.tensor([np.uint8(3)]))
print(torch.tensor([np.int64(1), np.float32(2.)]), torch.tensor([[np.float64(1.)], [2.]]))
print(torch.tensor([np.bool_(True), np.bool_(False)]))
print(torch.tensor([np.float64(1.)], dtype=torch.float32), torch.as_tensor([np.float64(1.)]))
print(torch.FloatTensor([np.float64(1.)]))
# tensors inside a list keep their dtype too
print(torch.tensor([torch.tensor(1., dtype=torch.float64)]), torch.tensor([torch.tensor(1, dtype=torch.int32)]))
print(torch.tensor([torch.tensor(1), 1.]), torch.tensor([torch.tensor(True), torch.tensor(False)]))
# lists of arrays
losses = [np.array([0.5, 0.25]), np.array([0.125, 1.])]
print(torch.tensor(losses))
print(torch.tensor([np.ones(2, np.float32), np.ones(2)]))
print(torch.tensor([np.array([1, 2]), [1.5, 2]]), torch.tensor([[1., 2.], np.array([3., 4.])]))
print(torch.tensor([np.ones((2, 2)), np.zeros((2, 2))]).shape, torch.tensor((np.ones(2), np.ones(2))).dtype)
print(torch.tensor([np.ones(2, np.float32)], requires_grad=True))
print(torch.tensor([1., np.array(2.)]), torch.tensor([1, np.array(2)]))
print(torch.tensor([np.array([1.7, 2])], dtype=torch.int64), torch.as_tensor([np.array([1., 2.])]))
print(torch.Tensor([np.array([1, 2]), np.array([3, 4])]))
print(torch.tensor([np.array([])]), torch.tensor([np.array([1., 2.])[::-1]]))
print(torch.tensor([np.array([True])]))
for data in ([np.array(1.), np.array(2.)], [np.array([1, 2]), np.array([1])], [1., np.array([2.])],
             [np.array(["a"])], [np.array([1, None])], [np.bool_(True), 1], [np.array([np.nan])]):
    try:
        print(torch.tensor(data, dtype=torch.int64 if data[0] is not None and len(data) == 1
                           and getattr(data[0], "dtype", None) == np.float64 else None))
    except (TypeError, ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
