# Autograder checks that the student's function does not modify its input
import torch


def student_center(x):
    x -= x.mean()  # modifies the caller's tensor!
    return x


def fixed_center(x):
    return x - x.mean()


for fn in (student_center, fixed_center):
    data = torch.tensor([1.0, 2.0, 6.0])
    before = data.clone()
    out = fn(data)
    untouched = torch.equal(data, before)
    print(f"{fn.__name__:<15} out={out.tolist()} input untouched: {untouched}")
