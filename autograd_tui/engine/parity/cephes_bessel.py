"""The Bessel functions of ``torch.special`` (``bessel_j0``/``j1``/``y0``/``y1``,
``modified_bessel_i0``/``i1``/``k0``/``k1``, ``scaled_modified_bessel_k0``/``k1``,
``spherical_bessel_j0``) and ``airy_ai`` as ATen's CPU kernels compute them: Cephes' rational and Chebyshev
approximations, evaluated in the tensor's own precision (float32 in float), each Horner or
Clenshaw step ``s * z + c`` a fused multiply-add, and the final sums of two products fused where
the compiler fuses the first product into the addition; the C library's ``sin``, ``cos``,
``exp`` and ``log`` (``sinf``... for float32) per element. ``modified_bessel_k0`` below x = 2
takes ``log(0.5 * x)`` in double, as ATen's kernel writes ``0.5`` as a double.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.bessel import _I0E_FAR, _I0E_NEAR, _I1E_FAR, _I1E_NEAR
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.parity.libm import c_unary

__all__ = ["KERNELS"]

_PI_4, _3PI_4, _SQRT_2_PI = 0.785398163397448309615660845819875721, 2.356194490192344928846982537459627163, \
    0.797884560802865355879892119868763737
_TWO_PI = 0.636619772367581343075535053490057448  # 2 / pi

# J0 and Y0 for x > 5: P and Q rational functions of 25 / x^2
_P0 = ((7.96936729297347051624e-04, 8.28352392107440799803e-02, 1.23953371646414299388e+00,
        5.44725003058768775090e+00, 8.74716500199817011941e+00, 5.30324038235394892183e+00,
        9.99999999999999997821e-01),
       (9.24408810558863637013e-04, 8.56288474354474431428e-02, 1.25352743901058953537e+00,
        5.47097740330417105182e+00, 8.76190883237069594232e+00, 5.30605288235394617618e+00,
        1.00000000000000000218e+00))
_Q0 = ((-1.13663838898469149931e-02, -1.28252718670509318512e+00, -1.95539544257735972385e+01,
        -9.32060152123768231369e+01, -1.77681167980488050595e+02, -1.47077505154951170175e+02,
        -5.14105326766599330220e+01, -6.05014350600728481186e+00),
       (6.43178256118178023184e+01, 8.56430025976980587198e+02, 3.88240183605401609683e+03,
        7.24046774195652478189e+03, 5.93072701187316984827e+03, 2.06209331660327847417e+03,
        2.42005740240291393179e+02))
_R0 = ((-4.79443220978201773821e+09, 1.95617491946556577543e+12, -2.49248344360967716204e+14,
        9.70862251047306323952e+15),
       (4.99563147152651017219e+02, 1.73785401676374683123e+05, 4.84409658339962045305e+07,
        1.11855537045356834862e+10, 2.11277520115489217587e+12, 3.10518229857422583814e+14,
        3.18121955943204943306e+16, 1.71086294081043136091e+18))
_Y0 = ((1.55924367855235737965e+04, -1.46639295903971606143e+07, 5.43526477051876500413e+09,
        -9.82136065717911466409e+11, 8.75906394395366999549e+13, -3.46628303384729719441e+15,
        4.42733268572569800351e+16, -1.84950800436986690637e+16),
       (1.04128353664259848412e+03, 6.26107330137134956842e+05, 2.68919633393814121987e+08,
        8.64002487103935000337e+10, 2.02979612750105546709e+13, 3.17157752842975028269e+15,
        2.50596256172653059228e+17))
_J0_ZEROS_SQUARED = (5.78318596294678452118e+00, 3.04712623436620863991e+01)
# J1 and Y1
_P1 = ((7.62125616208173112003e-04, 7.31397056940917570436e-02, 1.12719608129684925192e+00,
        5.11207951146807644818e+00, 8.42404590141772420927e+00, 5.21451598682361504063e+00,
        1.00000000000000000254e+00),
       (5.71323128072548699714e-04, 6.88455908754495404082e-02, 1.10514232634061696926e+00,
        5.07386386128601488557e+00, 8.39985554327604159757e+00, 5.20982848682361821619e+00,
        9.99999999999999997461e-01))
_Q1 = ((5.10862594750176621635e-02, 4.98213872951233449420e+00, 7.58238284132545283818e+01,
        3.66779609360150777800e+02, 7.10856304998926107277e+02, 5.97489612400613639965e+02,
        2.11688757100572135698e+02, 2.52070205858023719784e+01),
       (7.42373277035675149943e+01, 1.05644886038262816351e+03, 4.98641058337653607651e+03,
        9.56231892404756170795e+03, 7.99704160447350683650e+03, 2.82619278517639096600e+03,
        3.36093607810698293419e+02))
_R1 = ((-8.99971225705559398224e+08, 4.52228297998194034323e+11, -7.27494245221818276015e+13,
        3.68295732863852883286e+15),
       (6.20836478118054335476e+02, 2.56987256757748830383e+05, 8.35146791431949253037e+07,
        2.21511595479792499675e+10, 4.74914122079991414898e+12, 7.84369607876235854894e+14,
        8.95222336184627338078e+16, 5.32278620332680085395e+18))
_Y1 = ((1.26320474790178026440e+09, -6.47355876379160291031e+11, 1.14509511541823727583e+14,
        -8.12770255501325109621e+15, 2.02439475713594898196e+17, -7.78877196265950026825e+17),
       (5.94301592346128195359e+02, 2.35564092943068577943e+05, 7.34811944459721705660e+07,
        1.87601316108706159478e+10, 3.88231277496238566008e+12, 6.20557727146953693363e+14,
        6.87141087355300489866e+16, 3.97270608116560655612e+18))
_J1_ZEROS_SQUARED = (1.46819706421238932572e+01, 4.92184563216946036703e+01)
# K0 and K1: Chebyshev series on [0, 2] (in x^2 - 2) and on (2, inf) (in 8 / x - 2)
_K0 = ((1.37446543561352307156e-16, 4.25981614279661018399e-14, 1.03496952576338420167e-11,
        1.90451637722020886025e-09, 2.53479107902614945675e-07, 2.28621210311945178607e-05,
        1.26461541144692592338e-03, 3.59799365153615016266e-02, 3.44289899924628486886e-01,
        -5.35327393233902768720e-01),
       (5.30043377268626276149e-18, -1.64758043015242134646e-17, 5.21039150503902756861e-17,
        -1.67823109680541210385e-16, 5.51205597852431940784e-16, -1.84859337734377901440e-15,
        6.34007647740507060557e-15, -2.22751332699166985548e-14, 8.03289077536357521100e-14,
        -2.98009692317273043925e-13, 1.14034058820847496303e-12, -4.51459788337394416547e-12,
        1.85594911495471785253e-11, -7.95748924447710747776e-11, 3.57739728140030116597e-10,
        -1.69753450938905987466e-09, 8.57403401741422608519e-09, -4.66048989768794782956e-08,
        2.76681363944501510342e-07, -1.83175552271911948767e-06, 1.39498137188764993662e-05,
        -1.28495495816278026384e-04, 1.56988388573005337491e-03, -3.14481013119645005427e-02,
        2.44030308206595545468e+00))
_K1 = ((-7.02386347938628759343e-18, -2.42744985051936593393e-15, -6.66690169419932900609e-13,
        -1.41148839263352776110e-10, -2.21338763073472585583e-08, -2.43340614156596823496e-06,
        -1.73028895751305206302e-04, -6.97572385963986435018e-03, -1.22611180822657148235e-01,
        -3.53155960776544875667e-01, 1.52530022733894777053e+00),
       (-5.75674448366501715755e-18, 1.79405087314755922667e-17, -5.68946255844285935196e-17,
        1.83809354436663880070e-16, -6.05704724837331885336e-16, 2.03870316562433424052e-15,
        -7.01983709041831346144e-15, 2.47715442448130437068e-14, -8.97670518232499435011e-14,
        3.34841966607842919884e-13, -1.28917396095102890680e-12, 5.13963967348173025100e-12,
        -2.12996783842756842877e-11, 9.21831518760500529508e-11, -4.19035475934189648750e-10,
        2.01504975519703286596e-09, -1.03457624656780970260e-08, 5.74108412545004946722e-08,
        -3.50196060308781257119e-07, 2.40648494783721712015e-06, -1.93619797416608296024e-05,
        1.95215518471351631108e-04, -2.85781685962277938680e-03, 1.03923736576817238437e-01,
        2.72062619048444266945e+00))


def _c(name: str, a: np.ndarray) -> np.ndarray:
    out = c_unary(name, a)
    return getattr(np, name)(a) if out is None else out


def _horner(z: np.ndarray, coefficients: tuple) -> np.ndarray:
    """s = s * z + c from s = 0, each step fused."""
    t = z.dtype.type
    s = np.zeros_like(z)
    for c in coefficients:
        s = fma(s, z, np.full_like(z, t(c)))
    return s


def _clenshaw(y: np.ndarray, coefficients: tuple) -> np.ndarray:
    """Clenshaw's sum of a Chebyshev series in y/2: each step fma(y, q, -p) + c; returns 0.5 (a - p)."""
    t = y.dtype.type
    p, q, a = np.zeros_like(y), np.zeros_like(y), np.full_like(y, t(coefficients[0]))
    for c in coefficients[1:]:
        p, q = q, a
        a = fma(y, q, -p) + t(c)
    return t(0.5) * (a - p)


def _far(x: np.ndarray, p_tables: tuple, q_tables: tuple, z: np.ndarray, phase: float, sine_first: bool):
    """The asymptotic form for x > 5: (P cos(x - phase) -+ 5/x Q sin(x - phase)) sqrt(2/pi) / sqrt(x)."""
    t = x.dtype.type
    p = _horner(z, p_tables[0]) / _horner(z, p_tables[1])
    q = t(5) / x * (_horner(z, q_tables[0]) / _horner(z, q_tables[1]))
    shifted = x - t(phase)
    sin, cos = _c("sin", shifted), _c("cos", shifted)
    value = fma(p, sin, q * cos) if sine_first else fma(p, cos, -(q * sin))
    return value * t(_SQRT_2_PI) / np.sqrt(x)


def bessel_j0(a: np.ndarray) -> np.ndarray:
    t = a.dtype.type
    x = np.abs(a)
    xx = x * x
    # x * x feeds the series too, so the compiler does not fuse it into these differences
    near = (xx - t(_J0_ZEROS_SQUARED[0])) * (xx - t(_J0_ZEROS_SQUARED[1])) * _horner(xx, _R0[0]) / _horner(xx, _R0[1])
    tiny = t(1) - xx / t(4)
    far = _far(x, _P0, _Q0, t(25) / xx, _PI_4, False)
    return np.where(x <= 5, np.where(x < t(0.00001), tiny, near), far)


def bessel_j1(a: np.ndarray) -> np.ndarray:
    t = a.dtype.type
    x = np.abs(a)
    xx = x * x
    near = _horner(xx, _R1[0]) / _horner(xx, _R1[1]) * x
    near = near * (xx - t(_J1_ZEROS_SQUARED[0])) * (xx - t(_J1_ZEROS_SQUARED[1]))
    five = t(5) / x
    far = _far(x, _P1, _Q1, five * five, _3PI_4, False)
    out = np.where(x <= 5, near, far)
    return np.where(a < 0, -out, out)


def bessel_y0(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    xx = x * x
    near = fma(t(_TWO_PI) * _c("log", x), bessel_j0(x), _horner(xx, _Y0[0]) / _horner(xx, _Y0[1]))
    far = _far(x, _P0, _Q0, t(25) / xx, _PI_4, True)
    out = np.where(x <= 5, near, far)
    return np.where(x == 0, -np.inf, np.where(x < 0, np.nan, out)).astype(x.dtype)


def bessel_y1(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    xx = x * x
    inner = t(_TWO_PI) * fma(bessel_j1(x), _c("log", x), -(t(1) / x))
    near = fma(x, _horner(xx, _Y1[0]) / _horner(xx, _Y1[1]), inner)
    five = t(5) / x
    far = _far(x, _P1, _Q1, five * five, _3PI_4, True)
    out = np.where(x <= 5, near, far)
    return np.where(x == 0, -np.inf, np.where(x < 0, np.nan, out)).astype(x.dtype)


def _i_series(a: np.ndarray, tables: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    t = a.dtype.type
    x = np.abs(a)
    return x, x <= 8, _clenshaw(x / t(2) - t(2), tables[0]), _clenshaw(t(32) / x - t(2), tables[1])


def modified_bessel_i0(a: np.ndarray) -> np.ndarray:
    x, near, s_near, s_far = _i_series(a, (_I0E_NEAR, _I0E_FAR))
    e = _c("exp", x)
    return np.where(near, e * s_near, e * s_far / np.sqrt(x))


def modified_bessel_i1(a: np.ndarray) -> np.ndarray:
    x, near, s_near, s_far = _i_series(a, (_I1E_NEAR, _I1E_FAR))
    e = _c("exp", x)
    out = np.where(near, s_near * x * e, e * s_far / np.sqrt(x))
    return np.where(a < 0, -out, out)


def _k_series(x: np.ndarray, tables: tuple) -> tuple[np.ndarray, np.ndarray]:
    t = x.dtype.type
    return _clenshaw(fma(x, x, np.full_like(x, t(-2))), tables[0]), _clenshaw(t(8) / x - t(2), tables[1])


def _k_edges(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    return np.where(x == 0, np.inf, np.where(x < 0, np.nan, out)).astype(x.dtype)


def modified_bessel_k0(x: np.ndarray) -> np.ndarray:
    near_series, far_series = _k_series(x, _K0)
    # log(0.5 * x) in double (ATen's 0.5 is a double), the rest of the line in double too
    wide = x.astype(np.float64)
    near = fma(-_c("log", 0.5 * wide), modified_bessel_i0(x).astype(np.float64),
               near_series.astype(np.float64)).astype(x.dtype)
    far = _c("exp", -x) * far_series / np.sqrt(x)
    return _k_edges(x, np.where(x <= 2, near, far))


def modified_bessel_k1(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    near_series, far_series = _k_series(x, _K1)
    near = fma(_c("log", t(0.5) * x), modified_bessel_i1(x), near_series / x)
    far = _c("exp", -x) * far_series / np.sqrt(x)
    return _k_edges(x, np.where(x <= 2, near, far))


def scaled_modified_bessel_k0(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    near_series, far_series = _k_series(x, _K0)
    near = fma(-_c("log", t(0.5) * x), modified_bessel_i0(x), near_series) * _c("exp", x)
    return _k_edges(x, np.where(x <= 2, near, far_series / np.sqrt(x)))


def scaled_modified_bessel_k1(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    near_series, far_series = _k_series(x, _K1)
    near = fma(_c("log", t(0.5) * x), modified_bessel_i1(x), near_series / x) * _c("exp", x)
    return _k_edges(x, np.where(x <= 2, near, far_series / np.sqrt(x)))


_SPHERICAL = (1 / 6227020800.0, -1 / 39916800.0, 1 / 362880.0, -1 / 5040.0, 1 / 120.0, -1 / 6.0, 1.0)


def spherical_bessel_j0(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    xx = x * x
    # the constants are quotients rounded in the type, folded by the compiler
    coefficients = [t(1) / t(6227020800.0), t(-1) / t(39916800.0), t(1) / t(362880.0), t(-1) / t(5040.0),
                    t(1) / t(120.0), t(-1) / t(6.0), t(1)]
    s = np.full_like(x, coefficients[0])
    for c in coefficients[1:]:
        s = fma(xx, s, np.full_like(x, c))
    out = np.where(np.abs(x) < t(0.5), s, _c("sin", x) / x)
    return np.where(np.isinf(x), t(0), out).astype(x.dtype)


# Ai: rational functions of 1/zeta for x >= 2.09, of z^2 (z = 3 / (2 (-x)^1.5)) below -2.09
_AIRY_POSITIVE = ((3.46538101525629032477e-01, 1.20075952739645805542e+01, 7.62796053615234516538e+01,
                   1.68089224934630576269e+02, 1.59756391350164413639e+02, 7.05360906840444183113e+01,
                   1.40264691163389668864e+01, 9.99999999999999995305e-01),
                  (5.67594532638770212846e-01, 1.47562562584847203173e+01, 8.45138970141474626562e+01,
                   1.77318088145400459522e+02, 1.64234692871529701831e+02, 7.14778400825575695274e+01,
                   1.40959135607834029598e+01, 1.00000000000000000470e+00))
_AIRY_F = ((-1.31696323418331795333e-01, -6.26456544431912369773e-01, -6.93158036036933542233e-01,
            -2.79779981545119124951e-01, -4.91900132609500318020e-02, -4.06265923594885404393e-03,
            -1.59276496239262096340e-04, -2.77649108155232920844e-06, -1.67787698489114633780e-08),
           (1.33560420706553243746e+01, 3.26825032795224613948e+01, 2.67367040941499554804e+01,
            9.18707402907259625840e+00, 1.47529146771666414581e+00, 1.15687173795188044134e-01,
            4.40291641615211203805e-03, 7.54720348287414296618e-05, 4.51850092970580378464e-07))
_AIRY_G = ((1.97339932091685679179e-02, 3.91103029615688277255e-01, 1.06579897599595591108e+00,
            9.39169229816650230044e-01, 3.51465656105547619242e-01, 6.33888919628925490927e-02,
            5.85804113048388458567e-03, 2.82851600836737019778e-04, 6.98793669997260967291e-06,
            8.11789239554389293311e-08, 3.41551784765923618484e-10),
           (9.30892908077441974853e+00, 1.98352928718312140417e+01, 1.55646628932864612953e+01,
            5.47686069422975497931e+00, 9.54293611618961883998e-01, 8.64580826352392193095e-02,
            4.12656523824222607191e-03, 1.01259085116509135510e-04, 1.17166733214413521882e-06,
            4.91834570062930015649e-09))
_ISQRT_PI = 5.64189583547756286948e-01


def _airy_series(x: np.ndarray) -> np.ndarray:
    """Ai near 0 (-2.09 <= x < 2.09): the two Maclaurin series, term after term until the last
    one is below the type's epsilon relative to f."""
    t = x.dtype.type
    f, g, k = np.ones_like(x), x.copy(), np.ones_like(x)
    m, n, z = np.ones_like(x), x.copy(), x * x * x
    active = np.ones(x.shape, bool)
    eps = np.finfo(x.dtype).eps
    while active.any():
        i = active
        m[i] *= z[i]
        k[i] += t(1)
        m[i] /= k[i]
        n[i] *= z[i]
        k[i] += t(1)
        n[i] /= k[i]
        m[i] /= k[i]
        f[i] += m[i]
        k[i] += t(1)
        n[i] /= k[i]
        g[i] += n[i]
        active = active & (np.abs(m / f) > eps)
    return fma(np.full_like(x, t(0.355028053887817239260)), f, -(t(0.258819403792806798405) * g))


def airy_ai(x: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    out = np.full_like(x, np.nan)
    negative, positive = x < t(-2.09), (x >= t(2.09)) & (x <= t(103.892))
    middle = (x >= t(-2.09)) & (x < t(2.09))
    if negative.any():
        v = x[negative]
        root = np.sqrt(-v)
        arg = t(-2) * v * root / t(3)
        z = t(1) / arg
        zz = z * z
        f = t(1) + zz * _horner(zz, _AIRY_F[0]) / _horner(zz, _AIRY_F[1])
        g = z * _horner(zz, _AIRY_G[0]) / _horner(zz, _AIRY_G[1])
        phase = arg + t(0.25) * t(np.pi)
        out[negative] = t(_ISQRT_PI) / np.sqrt(root) * fma(_c("sin", phase), f, -(_c("cos", phase) * g))
    if positive.any():
        v = x[positive]
        zeta = t(2) * v * np.sqrt(v) / t(3)
        inverse = t(1) / zeta
        ratio = _horner(inverse, _AIRY_POSITIVE[0]) / _horner(inverse, _AIRY_POSITIVE[1])
        out[positive] = t(_ISQRT_PI) * ratio / (t(2) * np.sqrt(np.sqrt(v)) * _c("exp", zeta))
    if middle.any():
        out[middle] = _airy_series(x[middle])
    out[x > t(103.892)] = 0
    out[np.isinf(x)] = np.nan
    return out


KERNELS = {
    "bessel_j0": bessel_j0, "bessel_j1": bessel_j1, "bessel_y0": bessel_y0, "bessel_y1": bessel_y1,
    "modified_bessel_i0": modified_bessel_i0, "modified_bessel_i1": modified_bessel_i1,
    "modified_bessel_k0": modified_bessel_k0, "modified_bessel_k1": modified_bessel_k1,
    "scaled_modified_bessel_k0": scaled_modified_bessel_k0, "scaled_modified_bessel_k1": scaled_modified_bessel_k1,
    "spherical_bessel_j0": spherical_bessel_j0, "airy_ai": airy_ai,
}
