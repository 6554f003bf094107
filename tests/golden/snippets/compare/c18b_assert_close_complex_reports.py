# assert_close reports for complex tensors: differences are complex magnitudes
import torch

def check(actual, expected, **kwargs):
    try:
        torch.testing.assert_close(actual, expected, **kwargs)
        print("ok")
    except AssertionError as e:
        print(e, end="\n---\n")

z = torch.tensor([1 + 2j, 3 - 1j, -2j])
check(z.conj(), z)
check(z.to(torch.complex128) + 1e-9, z.to(torch.complex128))
check(z.to(torch.complex128) + 1e-3j, z.to(torch.complex128))
check(torch.tensor(1 + 1j), torch.tensor(1 - 1j))
check(torch.tensor([complex("nan+1j"), 1j]), torch.tensor([complex("nan+1j"), 1j]))
check(torch.tensor([complex("nan+1j"), 1j]), torch.tensor([complex("nan+1j"), 1j]), equal_nan=True)
check(z, z.to(torch.complex128))
check(z, z.to(torch.complex128), check_dtype=False)
