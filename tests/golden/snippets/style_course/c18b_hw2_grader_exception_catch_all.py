# A grader that runs each test function and prints the exception type on failure
import torch


def test_shapes():
    assert torch.zeros(2, 3).T.shape == (3, 2)


def test_grad():
    x = torch.tensor(2.0, requires_grad=True)
    (x ** 3).backward()
    assert x.grad == 12.0, f"got {x.grad}"


def test_broken():
    x = torch.tensor([1.0, 2.0])
    x.backward()


for test in (test_shapes, test_grad, test_broken):
    try:
        test()
        print(f"{test.__name__}: ok")
    except Exception as e:
        print(f"{test.__name__}: {type(e).__name__}: {e}")
